package org.ducha.node.county;

import org.junit.jupiter.api.Test;

import org.ducha.node.testing.LevelApps;

/**
 * The county app starts with its own defaults: its identity and its departments.
 */
class CountyNodeApplicationIntegrationTests {

	@Test
	void startsAs441704WithItsDepartments() throws Exception {
		LevelApps.assertStartsAs("441704", "阳东区", "COUNTY");
	}

}
