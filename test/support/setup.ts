// type-graphql and TypeORM read decorator metadata through the reflect-metadata polyfill; entry points
// (src/main.ts, the CLIs) import it first, and so must every test file.
import 'reflect-metadata';
