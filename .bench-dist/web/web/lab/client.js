export class LabClient {
    constructor(code, onFatal) {
        this.nextId = 1;
        this.waiting = new Map();
        /** States the worker sends on its own while playing (id 0). */
        this.onPush = () => undefined;
        const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
        this.worker = new Worker(url);
        this.worker.onmessage = (ev) => {
            if (ev.data.id === 0)
                return this.onPush(ev.data);
            const done = this.waiting.get(ev.data.id);
            this.waiting.delete(ev.data.id);
            done?.(ev.data);
        };
        this.worker.onerror = (ev) => onFatal(`the simulator stopped: ${ev.message}`);
    }
    request(ask) {
        const id = this.nextId++;
        return new Promise((resolve) => {
            this.waiting.set(id, resolve);
            this.worker.postMessage({ ...ask, id });
        });
    }
}
