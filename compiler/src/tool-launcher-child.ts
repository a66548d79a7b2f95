// The tool launcher's helper process (see tool-launcher.ts): a small node
// process that starts the tools a long-lived compiler process asks for, so
// that each start forks this process, not the compiler's.
import type { LaunchReply, LaunchRequest } from './tool-launcher';
import { execTool } from './tool-process';

process.on('message', (request: LaunchRequest) => {
  void execTool(request).then((out) => process.send!({ id: request.id, ...out } satisfies LaunchReply));
});
// The compiler process gone (the channel closed): nothing more to start.
process.on('disconnect', () => process.exit(0));
