/** What the personal-data guard finds in a text: the kind of personal data and where it is, masked. */
package org.ecdp.logging.privacy.entity;
