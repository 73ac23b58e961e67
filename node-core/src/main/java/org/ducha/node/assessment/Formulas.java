package org.ducha.node.assessment;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The formula in force at this node (the latest version it holds, the default when it
 * holds none) and the versions before it.
 */
@Service
public class Formulas {

	private final FormulaStore store;

	Formulas(FormulaStore store) {
		this.store = store;
	}

	@Transactional(readOnly = true)
	public Formula inForce() {
		return this.store.all().stream().findFirst().orElseGet(Formula::standard);
	}

	/** Every version held, the latest first, the default last. */
	@Transactional(readOnly = true)
	public List<Formula> versions() {
		List<Formula> stored = this.store.all();
		return Stream.concat(stored.stream(), Stream.of(Formula.standard())).toList();
	}

	/** The versions set at the province, for a re-sync. */
	@Transactional(readOnly = true)
	public List<Formula> stored() {
		return this.store.all();
	}

}
