this is not run, subdirectories are not read;
