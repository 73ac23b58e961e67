package org.ducha.node.unit.web;

import java.util.List;

import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The units tasks can be assigned to from this node.
 */
@RestController
class UnitController {

	private final Units units;

	UnitController(Units units) {
		this.units = units;
	}

	@GetMapping("/api/v1/units")
	List<Unit> units() {
		return this.units.all();
	}

}
