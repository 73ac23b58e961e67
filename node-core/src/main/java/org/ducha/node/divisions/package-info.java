/**
 * The registry of administrative divisions (GB/T 2260; docs/protocol.md §5.2): which
 * divisions exist and which lies under which, bundled for Guangdong as version 0, kept by
 * the province's system administrator and replicated down on the reference channel. It
 * implements {@link org.ducha.node.tree.DivisionRegistry}, against which a parent checks
 * what its children announce in their Hello.
 */
package org.ducha.node.divisions;
