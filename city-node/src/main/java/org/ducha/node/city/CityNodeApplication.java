package org.ducha.node.city;

import org.ducha.node.DuchaNode;

import org.springframework.boot.SpringApplication;

/**
 * The city-level node: {@link DuchaNode} with the city's defaults (its application.yml).
 */
public final class CityNodeApplication {

	private CityNodeApplication() {
	}

	public static void main(String[] args) {
		SpringApplication.run(DuchaNode.class, args);
	}

}
