package org.ecdp.mentoring.matching.entity;

/**
 * The rules no score can outweigh; a pair that breaks one is never suggested. Most are
 * safeguarding (training, DBS, regulated activity, exclusions); the rest say the pair could not
 * actually meet or talk.
 */
public enum HardConstraint {
    TRAINING_COMPLETED,
    DBS_CURRENT,
    REGULATED_ACTIVITY,
    VOLUNTEER_ACTIVE,
    FREE_PLACE,
    COORDINATOR_EXCLUSION,
    DECLINED_BEFORE,
    REMOTE_ONLY,
    TRAVEL_DISTANCE,
    LANGUAGE
}
