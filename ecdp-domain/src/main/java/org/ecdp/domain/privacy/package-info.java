/**
 * Data protection by design: subject access, erasure, objection, retention and the records of
 * processing, as one capability of the shared kernel. This package owns the requests and the
 * rules; each capability module holds its own people's data and answers through
 * {@link org.ecdp.domain.privacy.entity.PersonalDataHolder}, a CDI bean the kernel discovers, so
 * no module imports another and a new module joins by adding one bean.
 */
package org.ecdp.domain.privacy;
