package org.ducha.node.province;

import org.ducha.node.DuchaNode;

import org.springframework.boot.SpringApplication;

/**
 * The province-level node: {@link DuchaNode} with the province's defaults (its
 * application.yml).
 */
public final class ProvinceNodeApplication {

	private ProvinceNodeApplication() {
	}

	public static void main(String[] args) {
		SpringApplication.run(DuchaNode.class, args);
	}

}
