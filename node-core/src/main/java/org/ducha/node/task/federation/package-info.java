/**
 * The task feature on the wire: tasks issued here go down to their assignees' nodes (task
 * channel), assignees' signings and lifecycle requests go up to the issuer (report
 * channel) and the issuer's decisions down again; one handler per event kind applies what
 * other nodes state; the task channel's and the signings' re-sync records.
 */
package org.ducha.node.task.federation;
