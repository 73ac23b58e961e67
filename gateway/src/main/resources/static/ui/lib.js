// The libraries the pages use, from their WebJars, named in one place (the versions are
// the gateway's Maven dependencies). Vue's runtime-only build: the pages render with h(),
// so no template is ever compiled in the browser and the CSP needs no 'unsafe-eval'.

export {
	computed,
	createApp,
	defineComponent,
	h,
	nextTick,
	onBeforeUnmount,
	onMounted,
	reactive,
	ref,
	shallowRef,
	watch
} from '/webjars/vue/3.5.13/dist/vue.runtime.esm-browser.prod.js';

/** ECharts, loaded only by the page that draws a chart (it is a megabyte). */
export function loadECharts() {
	return import('/webjars/echarts/5.3.1/dist/echarts.esm.min.js');
}
