package org.ducha.node.tree;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The nodes above this one: its parent (by configuration) and the parent's ancestors
 * (from the parent's Hello), nearest first.
 */
@Component
public class Ancestry {

	private final LinkTopology topology;

	private final AncestorStore store;

	private volatile List<String> cached;

	Ancestry(LinkTopology topology, AncestorStore store) {
		this.topology = topology;
		this.store = store;
	}

	/** The ancestors, nearest first; empty on the province. */
	public List<String> codes() {
		List<String> codes = this.cached;
		if (codes == null) {
			List<String> read = new ArrayList<>();
			this.topology.parent().ifPresent((parent) -> {
				read.add(parent.peer());
				read.addAll(this.store.read(parent.peer()));
			});
			codes = List.copyOf(read);
			this.cached = codes;
		}
		return codes;
	}

	public boolean isAncestor(String code) {
		return codes().contains(code);
	}

	/**
	 * The parent announced its ancestors again: the cache is dropped once the change is
	 * committed (a reader before then must not keep what is about to change).
	 */
	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					Ancestry.this.cached = null;
				}
			});
		}
		else {
			this.cached = null;
		}
	}

}
