package org.pilab.slurm.swf;

import java.util.List;
import java.util.Map;

/**
 * A read trace: usable jobs in file order plus what was left out and why.
 *
 * @param header the "; Key: value" header comments (e.g. MaxProcs, UnixStartTime)
 * @param skippedUnknownRunTime records whose run time was -1 (they cannot be replayed)
 * @param skippedUnknownSize records whose requested and allocated processors were both -1
 * @param skippedMalformed lines skipped in lenient mode (0 in strict mode, which throws)
 * @param problems the first few skipped lines' messages, for a summary
 */
public record SwfTrace(List<SwfJob> jobs, Map<String, String> header, int skippedUnknownRunTime,
        int skippedUnknownSize, int skippedMalformed, List<String> problems) {

    public SwfTrace {
        jobs = List.copyOf(jobs);
        header = Map.copyOf(header);
        problems = List.copyOf(problems);
    }
}
