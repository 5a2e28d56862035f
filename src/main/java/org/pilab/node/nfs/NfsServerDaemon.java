package org.pilab.node.nfs;

import org.pilab.node.service.ServiceBehaviour;
import org.pilab.node.service.ServiceContext;
import org.pilab.node.service.StartDecision;

/** nfs-server: exports /etc/exports at start (exportfs -r), withdraws them at stop. */
public final class NfsServerDaemon implements ServiceBehaviour {

    @Override
    public StartDecision start(ServiceContext ctx) {
        ExportTable table = ctx.host().attachment(ExportTable.class, ExportTable::new);
        for (String m : table.reload(ctx.host())) {
            ctx.host().journal().log(ctx.unit().name(), "exportfs", ctx.pid(), m.strip());
        }
        return StartDecision.running();
    }

    @Override
    public void stop(ServiceContext ctx) {
        ctx.host().removeAttachment(ExportTable.class);
    }
}
