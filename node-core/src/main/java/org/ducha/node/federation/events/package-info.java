/**
 * Business events on the wire: the translation between the features' domain events and
 * the typed protobuf events, the handlers that apply other nodes' events here, and the
 * state records of a re-sync.
 */
package org.ducha.node.federation.events;
