import { Logger } from '@nestjs/common';
import { PeriodicTask } from './periodic-task';

describe('PeriodicTask', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** A run that stays in progress until `finish` is called. */
  function heldRuns() {
    const finishes: (() => void)[] = [];
    const run = jest.fn(() => new Promise<void>((resolve) => finishes.push(resolve)));
    return { run, finishAll: () => finishes.splice(0).forEach((finish) => finish()) };
  }

  it('never starts a run while the previous one is in progress', async () => {
    const { run, finishAll } = heldRuns();
    const task = new PeriodicTask('test task', new Logger('test'), run);
    task.start(1);
    jest.advanceTimersByTime(3500);
    expect(run).toHaveBeenCalledTimes(1);
    finishAll();
    await Promise.resolve();
    await Promise.resolve();
    jest.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(2);
    finishAll();
    await task.stop();
  });

  it('stays off at 0 seconds', () => {
    const run = jest.fn(() => Promise.resolve());
    new PeriodicTask('test task', new Logger('test'), run).start(0);
    jest.advanceTimersByTime(60_000);
    expect(run).not.toHaveBeenCalled();
  });

  it('waits for the run in progress when stopped, and runs no more', async () => {
    const { run, finishAll } = heldRuns();
    const task = new PeriodicTask('test task', new Logger('test'), run);
    task.start(1);
    jest.advanceTimersByTime(1000);
    let stopped = false;
    const stopping = task.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finishAll();
    await stopping;
    jest.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('logs a failed run and keeps going', async () => {
    const logger = new Logger('test');
    const logged = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    const run = jest.fn(() => Promise.reject(new Error('database gone')));
    const task = new PeriodicTask('test task', logger, run);
    task.start(1);
    jest.advanceTimersByTime(1000);
    await jest.runAllTicks();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('test task failed'));
    jest.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(2);
    await task.stop();
  });
});
