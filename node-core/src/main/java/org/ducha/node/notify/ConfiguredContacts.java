package org.ducha.node.notify;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Contacts from configuration: {@code ducha.notify.contacts[<unit code>].handlers} and
 * {@code .unit-head}, each a comma-separated list of addresses.
 */
@Component
class ConfiguredContacts implements ContactDirectory {

	private final NotifySettings settings;

	ConfiguredContacts(NotifySettings settings) {
		this.settings = settings;
	}

	@Override
	public List<String> emailAddresses(String unitCode, Audience audience) {
		NotifySettings.UnitContacts contacts = this.settings.contacts().get(unitCode);
		if (contacts == null) {
			return List.of();
		}
		List<String> addresses = (audience == Audience.UNIT_HEAD) ? contacts.unitHead() : contacts.handlers();
		return addresses.stream().map(String::trim).filter((address) -> !address.isEmpty()).distinct().toList();
	}

}
