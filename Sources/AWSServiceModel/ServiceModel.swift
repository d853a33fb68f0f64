// Placeholder: the service-model validator lands here.
