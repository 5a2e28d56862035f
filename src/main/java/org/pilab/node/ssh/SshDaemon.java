package org.pilab.node.ssh;

import org.pilab.node.service.ServiceBehaviour;
import org.pilab.node.service.ServiceContext;
import org.pilab.node.service.StartDecision;

/** sshd: loads its configuration at start and listens on port 22. */
public final class SshDaemon implements ServiceBehaviour {

    @Override
    public StartDecision start(ServiceContext ctx) {
        ctx.host().removeAttachment(SshdSettings.class);
        SshdSettings settings = SshdSettings.read(ctx.host().fs());
        ctx.host().attachment(SshdSettings.class, () -> settings);
        ctx.log("Server listening on 0.0.0.0 port 22.");
        ctx.log("Server listening on :: port 22.");
        return StartDecision.running();
    }

    @Override
    public void stop(ServiceContext ctx) {
        ctx.host().removeAttachment(SshdSettings.class);
        ctx.log("Received signal 15; terminating.");
    }
}
