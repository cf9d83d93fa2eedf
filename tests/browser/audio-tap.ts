// An init script for a page whose sound a test listens to: every node connected to an audio
// destination is tapped, and `window.loudest` is the peak heard so far.

/** Taps every node connected to an audio destination; `window.loudest` is the peak heard. */
export const TAP_OUTPUT = `
  window.loudest = 0;
  const connect = AudioNode.prototype.connect;
  const buffer = new Float32Array(2048);
  AudioNode.prototype.connect = function (...args) {
    const result = connect.apply(this, args);
    if (args[0] === this.context.destination) {
      const analyser = this.context.createAnalyser();
      analyser.fftSize = 2048;
      connect.call(this, analyser);
      setInterval(() => {
        analyser.getFloatTimeDomainData(buffer);
        for (const x of buffer) window.loudest = Math.max(window.loudest, Math.abs(x));
      }, 10);
    }
    return result;
  };
`;
