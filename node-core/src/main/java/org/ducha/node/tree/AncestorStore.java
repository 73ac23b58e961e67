package org.ducha.node.tree;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ancestors the parent announced, kept on the parent's link row so that they survive
 * a restart before the next Hello.
 */
@Repository
class AncestorStore {

	private final JdbcClient jdbc;

	AncestorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the ancestors a parent announced, nearest first. */
	void write(String parent, List<String> ancestors) {
		this.jdbc.sql("UPDATE fed_link SET peer_ancestors = ? WHERE peer_code = ?")
			.params(String.join(",", ancestors), parent)
			.update();
	}

	/** The ancestors a parent announced, nearest first. */
	List<String> read(String parent) {
		return this.jdbc.sql("SELECT peer_ancestors FROM fed_link WHERE peer_code = ?")
			.param(parent)
			.query(String.class)
			.optional()
			.filter((text) -> text != null && !text.isBlank())
			.map((text) -> List.of(text.split(",")))
			.orElse(List.of());
	}

}
