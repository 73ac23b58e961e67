package org.ducha.node.federation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The nodes above this one: its parent (by configuration) and the parent's ancestors
 * (from the parent's Hello), nearest first.
 */
@Component
public class Ancestry {

	private final LinkTopology topology;

	private final LinkStore links;

	private volatile List<String> cached;

	Ancestry(LinkTopology topology, LinkStore links) {
		this.topology = topology;
		this.links = links;
	}

	/** The ancestors, nearest first; empty on the province. */
	public List<String> codes() {
		List<String> codes = this.cached;
		if (codes == null) {
			List<String> read = new ArrayList<>();
			this.topology.parent().ifPresent((parent) -> {
				read.add(parent.peer());
				read.addAll(this.links.ancestors(parent.peer()));
			});
			codes = List.copyOf(read);
			this.cached = codes;
		}
		return codes;
	}

	public boolean isAncestor(String code) {
		return codes().contains(code);
	}

	/** The parent announced its ancestors again. */
	void changed() {
		this.cached = null;
	}

}
