package org.ducha.node.city;

import org.junit.jupiter.api.Test;

import org.ducha.node.testing.LevelApps;

/**
 * The city app starts with its own defaults: its identity and its departments.
 */
class CityNodeApplicationIntegrationTests {

	@Test
	void startsAs441700WithItsDepartments() throws Exception {
		LevelApps.assertStartsAs("441700", "阳江市", "CITY");
	}

}
