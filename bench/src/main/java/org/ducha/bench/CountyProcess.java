package org.ducha.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.ducha.node.NodeLevel;

/**
 * A county node in a JVM of its own, for scenario 6: the benchmark starts it with
 * {@code -Xmx256m} and talks to it over its standard streams. It answers {@code heap}
 * with its heap use, {@code gc} with its heap use after a full collection, and stops when
 * its input ends (so it never outlives the benchmark).
 */
final class CountyProcess {

	static final String COMMAND = "county-node";

	private CountyProcess() {
	}

	/**
	 * Arguments: site folder, database server URL, county code, city code, city address.
	 */
	static void main(String[] args) throws Exception {
		BenchNode.Site site = new BenchNode.Site(Path.of(args[0]), args[1]);
		BenchNode node = BenchNode.start(site, args[2], NodeLevel.COUNTY, new String[] { args[3], args[4] }, List.of(),
				null);
		System.out.println("ready");
		System.out.flush();
		try (BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			for (String line = input.readLine(); line != null; line = input.readLine()) {
				if (line.equals("gc")) {
					System.gc();
				}
				MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
				System.out.println("heap " + heap.getUsed() + " " + heap.getCommitted() + " " + heap.getMax());
				System.out.flush();
			}
		}
		node.close();
		System.exit(0);
	}

}
