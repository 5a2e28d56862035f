package org.pilab.slurm.ctl;

/** Observes job life-cycle steps (statistics, invariant checks, the dashboard). Defaults do nothing. */
public interface ControllerListener {

    default void submitted(Job first) {
    }

    default void started(Job job) {
    }

    /** A job the backfill scheduler (not the main scheduler) is about to start. */
    default void backfilled(Job job) {
    }

    default void ended(Job job) {
    }

    /** Backfill reserved a future start for a pending job (it must not start later than this). */
    default void planned(Job job, long start) {
    }
}
