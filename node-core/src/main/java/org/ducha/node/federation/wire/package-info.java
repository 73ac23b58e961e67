/**
 * What every feature's federation package uses to put its events on the wire and read
 * them back: times, dates, texts, record ids and enumerations, and attachment references.
 * A value that cannot be read is refused as malformed rather than guessed. Generated
 * protobuf classes are allowed here and in the features' {@code federation} packages
 * only.
 */
package org.ducha.node.federation.wire;
