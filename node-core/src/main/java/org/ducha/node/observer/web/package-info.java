/**
 * REST adapters of invited observers: the supervisors' invitations (invite, list,
 * withdraw) and an observer's own list of what they are invited to.
 */
package org.ducha.node.observer.web;
