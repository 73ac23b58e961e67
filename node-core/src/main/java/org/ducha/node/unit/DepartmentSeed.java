package org.ducha.node.unit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads this node's configured departments at start.
 */
@Component
class DepartmentSeed implements ApplicationRunner {

	private final Units units;

	private final UnitProperties properties;

	DepartmentSeed(Units units, UnitProperties properties) {
		this.units = units;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.properties.departments().forEach(this.units::saveDepartment);
	}

}
