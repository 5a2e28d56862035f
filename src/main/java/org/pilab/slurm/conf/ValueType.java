package org.pilab.slurm.conf;

/** How SLURM's parser (parse_config.c) checks a value before anything else looks at it. */
enum ValueType {
    STRING,
    UINT16,
    UINT32,
    UINT64,
    BOOLEAN,
    /** Accepted but ignored with an error line ("The option ... is defunct"). */
    DEFUNCT,
    /** Lines with their own sub-keys or special syntax. */
    NODE_LINE,
    PARTITION_LINE,
    CONTROLLER_HOST,
    /** DownNodes, NodeSet, FrontendName: kept verbatim, not modelled. */
    OTHER_LINE
}
