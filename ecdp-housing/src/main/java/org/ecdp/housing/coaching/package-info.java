/** Peer life coaches, their caseloads and the sessions they log. */
package org.ecdp.housing.coaching;
