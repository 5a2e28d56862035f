package org.pilab.slurm.cmd;

import java.util.function.BiConsumer;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.ControllerListener;
import org.pilab.slurm.ctl.Job;

/**
 * slurmctld's jobcomp/filetxt plugin: when a job ends, one {@link JobCompRecord} line is
 * appended to JobCompLoc. Where the file lives is the caller's business: the lab appends on
 * the controller's host, the scripted cluster to its file store.
 */
public final class JobCompLog implements ControllerListener {

    private final Controller controller;
    private final BiConsumer<String, String> append;

    /** {@code append} gets the path (JobCompLoc) and the line to add to it. */
    public JobCompLog(Controller controller, BiConsumer<String, String> append) {
        this.controller = controller;
        this.append = append;
    }

    @Override
    public void ended(Job job) {
        // Read at each end, so a reconfigure that changes JobCompType applies to the next job.
        if (JobCompRecord.fileText(controller)) {
            append.accept(JobCompRecord.location(controller), JobCompRecord.line(controller, job));
        }
    }
}
