package config

// A str is a string value from the file, with where it was written.
type str struct {
	val       string
	line, col int
	key       string // key path, e.g. environments.prod.versions[1]
}

// A setting is one key of a layer.
type setting[T any] struct {
	set  bool // the key is present
	null bool // present without a value: back to the default
	val  T
}

// modelValue is `model: path` or `model: {path: ..., command: ...}`.
type modelValue struct {
	path, command str
}

// schemasValue is `schemas: [a, b]` or `schemas: {include: [...], exclude: [...]}`.
type schemasValue struct {
	include, exclude []str
}

// intValue is an integer value from the file, with where it was written.
type intValue struct {
	val       int
	line, col int
	key       string
}

// A layer is the keys set at one level: the top level or one environment.
type layer struct {
	url, devURL                      setting[str]
	model                            setting[modelValue]
	versions                         setting[[]str]
	schemas                          setting[schemasValue]
	versionTable, versionTableSchema setting[str]
	historyTable                     setting[str]
	fileTemplate                     setting[str]
	truncateSlugLength               setting[intValue]
	timezone, transaction            setting[str]
	userVersion                      setting[str]
	privileges                       setting[bool]
	online, denyHazards              setting[bool]
	lockTimeout, statementTimeout    setting[str]
	lockRetries                      setting[intValue]
	allowHazards                     setting[[]str]
	excludeTables                    setting[[]str]
	versionsFormat                   setting[str]
}

// over returns the environment's setting where it has one, else the
// top level's.
func over[T any](top, env setting[T]) setting[T] {
	if env.set {
		return env
	}
	return top
}

// overlay applies an environment's keys over the top level's.
func overlay(top, env *layer) *layer {
	return &layer{
		url:                over(top.url, env.url),
		devURL:             over(top.devURL, env.devURL),
		model:              over(top.model, env.model),
		versions:           over(top.versions, env.versions),
		schemas:            over(top.schemas, env.schemas),
		versionTable:       over(top.versionTable, env.versionTable),
		versionTableSchema: over(top.versionTableSchema, env.versionTableSchema),
		historyTable:       over(top.historyTable, env.historyTable),
		fileTemplate:       over(top.fileTemplate, env.fileTemplate),
		truncateSlugLength: over(top.truncateSlugLength, env.truncateSlugLength),
		timezone:           over(top.timezone, env.timezone),
		transaction:        over(top.transaction, env.transaction),
		userVersion:        over(top.userVersion, env.userVersion),
		privileges:         over(top.privileges, env.privileges),
		online:             over(top.online, env.online),
		denyHazards:        over(top.denyHazards, env.denyHazards),
		lockTimeout:        over(top.lockTimeout, env.lockTimeout),
		lockRetries:        over(top.lockRetries, env.lockRetries),
		statementTimeout:   over(top.statementTimeout, env.statementTimeout),
		allowHazards:       over(top.allowHazards, env.allowHazards),
		excludeTables:      over(top.excludeTables, env.excludeTables),
		versionsFormat:     over(top.versionsFormat, env.versionsFormat),
	}
}
