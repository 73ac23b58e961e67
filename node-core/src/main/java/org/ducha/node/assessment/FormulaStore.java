package org.ducha.node.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The formula's versions held here, and the province's version counter. */
@Repository
class FormulaStore {

	private final JdbcClient jdbc;

	FormulaStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every stored version, the latest first (the default, version 0, is not stored). */
	List<Formula> all() {
		Map<Long, List<MeasureRule>> rules = new LinkedHashMap<>();
		this.jdbc.sql("SELECT version, measure, weight, per_fact, cap FROM assessment_formula_rule")
			.query((ResultSet rs) -> {
				rules.computeIfAbsent(rs.getLong("version"), (v) -> new ArrayList<>()).add(rule(rs));
			});
		return this.jdbc
			.sql("SELECT version, reason, set_by, set_at, origin_node FROM assessment_formula ORDER BY version DESC")
			.query((rs, row) -> new Formula(rs.getLong("version"),
					sorted(rules.getOrDefault(rs.getLong("version"), List.of())), rs.getString("reason"),
					rs.getString("set_by"), rs.getTimestamp("set_at").toInstant(), rs.getString("origin_node")))
			.list();
	}

	boolean holds(long version) {
		return this.jdbc.sql("SELECT COUNT(*) FROM assessment_formula WHERE version = ?")
			.param(version)
			.query(Long.class)
			.single() > 0;
	}

	/** Locks the province's counter and hands out the next version. */
	long nextVersion() {
		long version = this.jdbc.sql("SELECT version FROM assessment_formula_counter WHERE id = 1 FOR UPDATE")
			.query(Long.class)
			.single() + 1;
		this.jdbc.sql("UPDATE assessment_formula_counter SET version = ? WHERE id = 1").param(version).update();
		return version;
	}

	void insert(Formula formula) {
		this.jdbc
			.sql("INSERT INTO assessment_formula (version, reason, set_by, set_at, origin_node) VALUES (?, ?, ?, ?, ?)")
			.params(formula.version(), formula.reason(), formula.setBy(), Timestamp.from(formula.setAt()),
					formula.originNode())
			.update();
		for (MeasureRule rule : formula.rules()) {
			this.jdbc
				.sql("INSERT INTO assessment_formula_rule (version, measure, weight, per_fact, cap) "
						+ "VALUES (?, ?, ?, ?, ?)")
				.params(formula.version(), rule.measure().name(), rule.weight(), rule.perFact(), rule.cap())
				.update();
		}
	}

	private static MeasureRule rule(ResultSet rs) throws SQLException {
		return new MeasureRule(Measure.valueOf(rs.getString("measure")), plain(rs.getBigDecimal("weight")),
				plain(rs.getBigDecimal("per_fact")), plain(rs.getBigDecimal("cap")));
	}

	private static BigDecimal plain(BigDecimal value) {
		return (value != null) ? FormulaValidation.plain(value) : null;
	}

	private static List<MeasureRule> sorted(List<MeasureRule> rules) {
		return rules.stream().sorted((a, b) -> a.measure().compareTo(b.measure())).toList();
	}

}
