-- What a release newer than this code adds: MigrationsTest proves that this code then refuses the database.
CREATE TABLE later_release_feature (id INT NOT NULL PRIMARY KEY);
