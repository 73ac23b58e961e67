package org.ducha.node.production;

import java.util.List;

/**
 * A production node found settings made for development and tests, and does not start.
 */
public class UnsafeSettingsException extends RuntimeException {

	private final List<String> settings;

	UnsafeSettingsException(List<String> settings) {
		super("The production profile refuses " + settings.size() + " unsafe setting"
				+ ((settings.size() == 1) ? "" : "s") + ":\n - " + String.join("\n - ", settings));
		this.settings = List.copyOf(settings);
	}

	/** Each unsafe setting, with what it would do. */
	public List<String> settings() {
		return this.settings;
	}

}
