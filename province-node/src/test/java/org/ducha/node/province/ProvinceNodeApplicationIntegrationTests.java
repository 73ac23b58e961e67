package org.ducha.node.province;

import org.junit.jupiter.api.Test;

import org.ducha.node.testing.LevelApps;

/**
 * The province app starts with its own defaults: its identity and its departments.
 */
class ProvinceNodeApplicationIntegrationTests {

	@Test
	void startsAs440000WithItsDepartments() throws Exception {
		LevelApps.assertStartsAs("440000", "广东省", "PROVINCE");
	}

}
