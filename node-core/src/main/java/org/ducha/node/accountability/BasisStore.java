package org.ducha.node.accountability;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facts a proposal or a step rests on, in order; written once with their owner.
 */
@Repository
class BasisStore {

	private final JdbcClient jdbc;

	BasisStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void write(String ownerId, List<Basis> basis) {
		for (int i = 0; i < basis.size(); i++) {
			Basis fact = basis.get(i);
			this.jdbc
				.sql("INSERT IGNORE INTO ladder_basis (owner_id, ordinal, kind, ref_id, label) VALUES (?, ?, ?, ?, ?)")
				.params(ownerId, i, fact.kind().name(), fact.refId(), fact.label())
				.update();
		}
	}

	List<Basis> of(String ownerId) {
		return this.jdbc.sql("SELECT kind, ref_id, label FROM ladder_basis WHERE owner_id = ? ORDER BY ordinal")
			.param(ownerId)
			.query((rs, row) -> new Basis(BasisKind.valueOf(rs.getString("kind")), rs.getString("ref_id"),
					rs.getString("label")))
			.list();
	}

}
