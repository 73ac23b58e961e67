package org.ducha.node.attachment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Attachments ({@code ducha.attachments.*}).
 *
 * @param maxSize the largest attachment this node accepts, by upload or from a child; the
 * multipart limits of the REST API follow it
 * @param push how the bytes are pushed towards the parent
 */
@ConfigurationProperties("ducha.attachments")
public record AttachmentSettings(@DefaultValue("20MB") DataSize maxSize, @DefaultValue Push push) {

	public AttachmentSettings {
		if (maxSize.toBytes() < 1) {
			throw new IllegalArgumentException("ducha.attachments.max-size must be positive");
		}
	}

	/**
	 * Pushing attachments to the parent.
	 *
	 * @param pollInterval how often the pusher looks for due transfers (it is also woken
	 * when one is queued or bytes arrive)
	 * @param initialBackoff the wait after a transfer's first failure
	 * @param maxBackoff the longest wait; each failure doubles the last
	 * @param callTimeout the longest one upload or state query may take
	 */
	public record Push(@DefaultValue("5s") Duration pollInterval, @DefaultValue("2s") Duration initialBackoff,
			@DefaultValue("10m") Duration maxBackoff, @DefaultValue("10m") Duration callTimeout) {
	}

}
