package org.ducha.node.county;

import org.ducha.node.DuchaNode;

import org.springframework.boot.SpringApplication;

/**
 * The county-level node: {@link DuchaNode} with the county's defaults (its
 * application.yml).
 */
public final class CountyNodeApplication {

	private CountyNodeApplication() {
	}

	public static void main(String[] args) {
		SpringApplication.run(DuchaNode.class, args);
	}

}
