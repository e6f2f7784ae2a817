/**
 * Chart export: SVG (the chart's own SVG, with its canvas layer embedded as an image), PNG
 * (that SVG drawn at twice the size) and CSV (the chart's data). Downloads are made in the
 * page from Blob URLs: nothing leaves the machine.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export function download(blob, filename) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
}
/** A file name from a title: letters, digits, dots and dashes only. */
export function fileName(title, ext) {
    const base = title.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'chart';
    return `${base}.${ext}`;
}
/**
 * A standalone copy of `svg` with the chart title on top, a white background, the canvas
 * layers of `figure` embedded as images, and explicit size and font.
 */
export function standaloneSvg(svg, figure, title) {
    const width = Number(svg.getAttribute('width')) || svg.clientWidth;
    const height = Number(svg.getAttribute('height')) || svg.clientHeight;
    const top = 28;
    const clone = svg.cloneNode(true);
    clone.setAttribute('xmlns', SVG_NS);
    clone.setAttribute('width', String(width));
    clone.setAttribute('height', String(height + top));
    clone.setAttribute('viewBox', `0 0 ${width} ${height + top}`);
    clone.setAttribute('font-family', FONT);
    clone.removeAttribute('tabindex');
    clone.removeAttribute('style');
    const body = document.createElementNS(SVG_NS, 'g');
    body.setAttribute('transform', `translate(0,${top})`);
    while (clone.firstChild)
        body.appendChild(clone.firstChild);
    // Canvas layers (large heatmaps) become images at the position they are drawn at.
    for (const canvas of Array.from(figure.querySelectorAll('canvas'))) {
        const img = document.createElementNS(SVG_NS, 'image');
        img.setAttribute('x', canvas.dataset.x ?? '0');
        img.setAttribute('y', canvas.dataset.y ?? '0');
        img.setAttribute('width', canvas.style.width.replace('px', '') || String(canvas.width));
        img.setAttribute('height', canvas.style.height.replace('px', '') || String(canvas.height));
        img.setAttribute('preserveAspectRatio', 'none');
        img.setAttribute('href', canvas.toDataURL('image/png'));
        body.insertBefore(img, body.firstChild);
    }
    // Interaction-only elements do not belong in a picture.
    body.querySelectorAll('.overlay, .hover, .brush .handle, .focus-ring').forEach((e) => e.remove());
    const bg = document.createElementNS(SVG_NS, 'rect');
    bg.setAttribute('width', '100%');
    bg.setAttribute('height', '100%');
    bg.setAttribute('fill', '#ffffff');
    const heading = document.createElementNS(SVG_NS, 'text');
    heading.setAttribute('x', '8');
    heading.setAttribute('y', '19');
    heading.setAttribute('font-size', '15');
    heading.setAttribute('font-weight', '600');
    heading.setAttribute('fill', '#1a1a1a');
    heading.textContent = title;
    clone.appendChild(bg);
    clone.appendChild(heading);
    clone.appendChild(body);
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
    return { text, width, height: height + top };
}
export function exportSvg(svg, figure, title) {
    const { text } = standaloneSvg(svg, figure, title);
    download(new Blob([text], { type: 'image/svg+xml' }), fileName(title, 'svg'));
}
/** Renders the standalone SVG at `scale` × its size; resolves to a PNG blob. */
export function svgToPng(svg, figure, title, scale = 2) {
    const { text, width, height } = standaloneSvg(svg, figure, title);
    return new Promise((resolve, reject) => {
        const img = new Image();
        img.onload = () => {
            const canvas = document.createElement('canvas');
            canvas.width = Math.ceil(width * scale);
            canvas.height = Math.ceil(height * scale);
            const ctx = canvas.getContext('2d');
            if (!ctx)
                return reject(new Error('no 2D canvas'));
            ctx.fillStyle = '#ffffff';
            ctx.fillRect(0, 0, canvas.width, canvas.height);
            ctx.scale(scale, scale);
            ctx.drawImage(img, 0, 0, width, height);
            canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png');
        };
        img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    });
}
export async function exportPng(svg, figure, title) {
    download(await svgToPng(svg, figure, title), fileName(title, 'png'));
}
export function exportCsv(text, title) {
    download(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName(title, 'csv'));
}
