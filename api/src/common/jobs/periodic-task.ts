import type { Logger } from '@nestjs/common';

/**
 * Runs a task every few seconds in the background, never two runs at once in one process
 * (other processes are kept apart by the task's own row locks). Stopping waits for a run in
 * progress, so a shutdown never cuts a transaction short.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly description: string,
    private readonly logger: Logger,
    private readonly run: () => Promise<unknown>,
  ) {}

  /** Starts the runs; 0 seconds (or less) leaves the task off. */
  start(seconds: number): void {
    if (seconds <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.run()
        .catch((error: unknown) => this.logger.error(`${this.description} failed: ${error}`))
        .finally(() => (this.running = undefined));
    }, seconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
