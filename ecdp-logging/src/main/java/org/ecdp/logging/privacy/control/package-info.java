/**
 * The personal-data guard of the lived experience log: before an entry is saved its summary
 * is checked for e-mail addresses, UK phone numbers, National Insurance numbers, full
 * postcodes, dates of birth and names, so that the log stays about experiences, not people.
 */
package org.ecdp.logging.privacy.control;
