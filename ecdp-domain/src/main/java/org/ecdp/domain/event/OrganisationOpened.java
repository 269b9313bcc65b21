package org.ecdp.domain.event;

/**
 * A new organisation of the network is being set up (fired while acting for it, inside the
 * transaction that creates its first administrator): each capability gives it what it needs on
 * day one (the log: the network's themes).
 */
public record OrganisationOpened(long organisation, String code) {
}
