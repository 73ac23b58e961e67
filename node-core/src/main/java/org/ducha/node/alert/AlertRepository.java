package org.ducha.node.alert;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Alerts held at this node: raised here, addressed here, or passing through.
 */
interface AlertRepository extends ListCrudRepository<Alert, String> {

	@Query("SELECT * FROM alert ORDER BY raised_at DESC, id DESC LIMIT :limit OFFSET :offset")
	List<Alert> page(int limit, long offset);

	@Query("SELECT * FROM alert WHERE from_unit = :unit OR to_unit = :unit OR (to_unit IS NULL AND to_node = :unit) "
			+ "ORDER BY raised_at DESC, id DESC LIMIT :limit OFFSET :offset")
	List<Alert> pageForUnit(String unit, int limit, long offset);

	@Query("SELECT COUNT(*) FROM alert WHERE from_unit = :unit OR to_unit = :unit OR (to_unit IS NULL AND to_node = :unit)")
	long countForUnit(String unit);

	/**
	 * Alerts raised by the given nodes to nodes outside them, after a key (re-sync up).
	 */
	@Query("SELECT * FROM alert WHERE from_node IN (:inside) AND to_node NOT IN (:inside) AND id > :after "
			+ "ORDER BY id LIMIT :limit")
	List<Alert> raisedFromTo(Collection<String> inside, String after, int limit);

	/**
	 * Alerts raised outside the given nodes to one of them, after a key (re-sync down).
	 */
	@Query("SELECT * FROM alert WHERE to_node IN (:inside) AND from_node NOT IN (:inside) AND id > :after "
			+ "ORDER BY id LIMIT :limit")
	List<Alert> raisedInto(Collection<String> inside, String after, int limit);

}
