package org.ducha.node.divisions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ducha.node.tree.Division;
import org.ducha.node.tree.DivisionRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registry as this node holds it: the bundled divisions (version 0) with every record
 * the province set since in their place. Read on every child's Hello, so it is cached;
 * the cache is dropped once a change commits.
 */
@Service
public class Divisions implements DivisionRegistry {

	private final DivisionStore store;

	private final Map<String, DivisionRecord> bundled;

	private volatile Held held;

	Divisions(DivisionStore store) {
		this.store = store;
		this.bundled = BundledDivisions.load();
	}

	@Override
	public Optional<Division> find(String code) {
		return record(code).filter((record) -> !record.retired()).map(DivisionRecord::division);
	}

	@Override
	public long version() {
		return held().version();
	}

	/** The record of a code, retired ones included. */
	public Optional<DivisionRecord> record(String code) {
		return (code == null) ? Optional.empty() : Optional.ofNullable(held().records().get(code));
	}

	/** Every record, retired ones included, in code order. */
	public List<DivisionRecord> all() {
		return held().records().values().stream().sorted(java.util.Comparator.comparing(DivisionRecord::code)).toList();
	}

	/** The divisions directly under one, retired ones left out. */
	public List<DivisionRecord> childrenOf(String code) {
		return held().records()
			.values()
			.stream()
			.filter((record) -> !record.retired() && code.equals(record.parentCode()))
			.toList();
	}

	/**
	 * Forgets the cache once the current transaction has ended (or at once outside one).
	 */
	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					reload();
				}
			});
		}
		else {
			reload();
		}
	}

	/** Forgets the cache; the next read loads the database (after a reset in tests). */
	public void reload() {
		this.held = null;
	}

	private Held held() {
		Held current = this.held;
		if (current == null) {
			Map<String, DivisionRecord> records = new LinkedHashMap<>(this.bundled);
			long version = 0;
			for (DivisionRecord record : new ArrayList<>(this.store.all())) {
				records.put(record.code(), record);
				version = Math.max(version, record.version());
			}
			current = new Held(Map.copyOf(records), version);
			this.held = current;
		}
		return current;
	}

	private record Held(Map<String, DivisionRecord> records, long version) {
	}

}
