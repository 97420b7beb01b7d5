package render

import (
	"regexp"
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// setColumnStorage renders SET STORAGE. PostgreSQL 15 has no SET STORAGE
// DEFAULT, so StorageDefault is spelled out as the type's default mode,
// found by typeStorage.
func setColumnStorage(op diff.SetColumnStorage) string {
	mode := op.Storage
	if mode == model.StorageDefault {
		mode = typeStorage(op.Type)
	}
	return alterColumn(op.Table, op.Column, "SET STORAGE "+mode.String())
}

// typeModifiers matches the modifiers format_type prints, such as "(20)"
// in "character varying(20)" or "(3)" in "timestamp(3) with time zone".
var typeModifiers = regexp.MustCompile(`\(\d+(,\d+)?\)`)

// typeStorage returns the default storage mode (pg_type.typstorage) of a
// type as format_type prints it. The rule, since render cannot ask the
// server:
//   - an array is EXTENDED;
//   - a built-in type takes its mode from builtinStorage (PostgreSQL 15's
//     pg_type: e.g. text, varchar, bytea, json, jsonb EXTENDED; numeric,
//     inet, cidr MAIN; fixed-width types PLAIN); interval with fields is PLAIN;
//   - any other type (an extension's or user's, schema-qualified) is taken to
//     be a varlena type and EXTENDED. An enum is PLAIN, but an enum column
//     never has a non-default mode, so it never reaches this op.
func typeStorage(typ string) model.Storage {
	t := strings.TrimSpace(typ)
	if strings.HasSuffix(t, "]") {
		return model.StorageExtended
	}
	t = strings.TrimPrefix(t, "pg_catalog.")
	t = strings.Join(strings.Fields(typeModifiers.ReplaceAllString(t, "")), " ")
	if s, ok := builtinStorage[t]; ok {
		return s
	}
	if strings.HasPrefix(t, "interval") {
		return model.StoragePlain
	}
	return model.StorageExtended
}

// builtinStorage is typstorage of PostgreSQL 15's built-in types, keyed by
// format_type's spelling without modifiers.
var builtinStorage = map[string]model.Storage{
	`"char"`: model.StoragePlain, "aclitem": model.StoragePlain, "bigint": model.StoragePlain,
	"bit": model.StorageExtended, "bit varying": model.StorageExtended, "boolean": model.StoragePlain,
	"box": model.StoragePlain, "bytea": model.StorageExtended, "character": model.StorageExtended,
	"character varying": model.StorageExtended, "cid": model.StoragePlain, "cidr": model.StorageMain,
	"circle": model.StoragePlain, "date": model.StoragePlain, "datemultirange": model.StorageExtended,
	"daterange": model.StorageExtended, "double precision": model.StoragePlain, "inet": model.StorageMain,
	"int4multirange": model.StorageExtended, "int4range": model.StorageExtended,
	"int8multirange": model.StorageExtended, "int8range": model.StorageExtended,
	"integer": model.StoragePlain, "interval": model.StoragePlain, "json": model.StorageExtended,
	"jsonb": model.StorageExtended, "jsonpath": model.StorageExtended, "line": model.StoragePlain,
	"lseg": model.StoragePlain, "macaddr": model.StoragePlain, "macaddr8": model.StoragePlain,
	"money": model.StoragePlain, "name": model.StoragePlain, "numeric": model.StorageMain,
	"nummultirange": model.StorageExtended, "numrange": model.StorageExtended, "oid": model.StoragePlain,
	"path": model.StorageExtended, "pg_lsn": model.StoragePlain, "pg_snapshot": model.StorageExtended,
	"point": model.StoragePlain, "polygon": model.StorageExtended, "real": model.StoragePlain,
	"refcursor": model.StorageExtended, "regclass": model.StoragePlain, "regcollation": model.StoragePlain,
	"regconfig": model.StoragePlain, "regdictionary": model.StoragePlain, "regnamespace": model.StoragePlain,
	"regoper": model.StoragePlain, "regoperator": model.StoragePlain, "regproc": model.StoragePlain,
	"regprocedure": model.StoragePlain, "regrole": model.StoragePlain, "regtype": model.StoragePlain,
	"smallint": model.StoragePlain, "text": model.StorageExtended, "tid": model.StoragePlain,
	"time with time zone": model.StoragePlain, "time without time zone": model.StoragePlain,
	"timestamp with time zone": model.StoragePlain, "timestamp without time zone": model.StoragePlain,
	"tsmultirange": model.StorageExtended, "tsquery": model.StoragePlain, "tsrange": model.StorageExtended,
	"tstzmultirange": model.StorageExtended, "tstzrange": model.StorageExtended,
	"tsvector": model.StorageExtended, "txid_snapshot": model.StorageExtended, "uuid": model.StoragePlain,
	"xid": model.StoragePlain, "xid8": model.StoragePlain, "xml": model.StorageExtended,
	"int2vector": model.StoragePlain, "oidvector": model.StoragePlain,
}
