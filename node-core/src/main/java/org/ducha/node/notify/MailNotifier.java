package org.ducha.node.notify;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Mail. Off, and said so once at start, when no mail server is
 * configured ({@code spring.mail.host}).
 */
@Component
class MailNotifier implements Notifier {

	private static final Logger logger = LoggerFactory.getLogger(MailNotifier.class);

	private final JavaMailSender mail;

	private final ContactDirectory contacts;

	private final String from;

	MailNotifier(ObjectProvider<JavaMailSender> mail, ContactDirectory contacts, NotifySettings settings) {
		this.mail = mail.getIfAvailable();
		this.contacts = contacts;
		this.from = settings.mailFrom();
		if (this.mail == null) {
			logger.info("E-mail notifications are off: spring.mail.host is not set (the in-app inbox still works)");
		}
	}

	@Override
	public String channel() {
		return "email";
	}

	@Override
	public boolean enabled() {
		return this.mail != null;
	}

	@Override
	public List<String> addressesOf(String unitCode, Audience audience) {
		return this.contacts.emailAddresses(unitCode, audience);
	}

	@Override
	public void send(OutgoingMessage message) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(message.recipients().toArray(String[]::new));
		mail.setSubject(message.subject());
		mail.setText(message.body());
		this.mail.send(mail);
	}

}
